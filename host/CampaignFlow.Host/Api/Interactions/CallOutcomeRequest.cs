using System.ComponentModel.DataAnnotations;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>The outcome of a call: Reached, NoAnswer or Response, with an optional note.</summary>
public sealed class CallOutcomeRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (Reached, NoAnswer or Response).")]
    [EnumDataType(typeof(CallOutcomeKind), ErrorMessage = "must be Reached, NoAnswer or Response.")]
    public CallOutcomeKind? Outcome { get; init; }

    [StringLength(250, ErrorMessage = "is longer than 250 characters.")] public string? Note { get; init; }
}
