using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api;

/// <summary>Checks the data annotations of every <see cref="IApiRequest"/> argument; 400 with field messages when one fails.</summary>
internal sealed class RequestValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var argument in context.Arguments)
        {
            if (argument is not IApiRequest request) continue;
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true)) continue;
            foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty("Request"))
                errors[member] = [.. errors.GetValueOrDefault(member, []), result.ErrorMessage ?? "is not valid."];
        }
        return errors.Count > 0 ? Results.ValidationProblem(errors, title: "The request is not valid") : await next(context);
    }
}
