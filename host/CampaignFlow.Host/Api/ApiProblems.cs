namespace CampaignFlow.Host.Api;

/// <summary>The problem-details answers endpoints return themselves (the rest come from <see cref="ApiExceptionHandler"/>).</summary>
public static class ApiProblems
{
    public static IResult NotFound(string record, object key) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"{record} '{key}' does not exist.");

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request is not valid");
}
