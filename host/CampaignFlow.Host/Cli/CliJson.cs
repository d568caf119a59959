using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignFlow.Host.Cli;

/// <summary>The JSON the verbs print with --json: the API's shape (camelCase, enums as names).</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Options));
}
