using System.Text.Json.Serialization;

namespace CampaignFlow.Channels.Letter;

/// <summary>Source-generated JSON for journal lines: no reflection on the letter's hot path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LetterJournalEntry))]
internal sealed partial class LetterJournalJson : JsonSerializerContext;
