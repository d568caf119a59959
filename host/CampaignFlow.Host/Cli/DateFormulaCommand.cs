using System.CommandLine;
using System.Globalization;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow date-formula CM+1D --from 1996-05-21`: prints the resulting date (BC's CalcDate).</summary>
internal static class DateFormulaCommand
{
    public static Command Create()
    {
        var formula = new Argument<string>("formula") { Description = "A date formula such as 1W, CM+1D, -WD2, <CQ+1M-10D>." };
        var from = new Option<string?>("--from") { Description = "The date to start from, yyyy-mm-dd (default: today)." };
        var json = new Option<bool>("--json") { Description = "Print {\"formula\":…,\"from\":…,\"date\":…} for scripts." };
        var command = new Command("date-formula", "Calculate a date from a date formula, as Business Central's CalcDate does.") { formula, from, json };
        command.SetAction(result =>
        {
            var text = result.GetValue(formula)!;
            var start = DateOnly.FromDateTime(DateTime.Today);
            if (result.GetValue(from) is { } fromText && !DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                Console.Error.WriteLine($"campaignflow: --from '{fromText}' is not a date in the form yyyy-mm-dd.");
                return ExitCodes.BadInput;
            }
            if (!DateFormula.TryParse(text, out var parsed, out var error))
            {
                Console.Error.WriteLine($"campaignflow: {error}");
                return ExitCodes.BadInput;
            }
            var date = parsed!.Apply(start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Console.WriteLine(result.GetValue(json)
                ? System.Text.Json.JsonSerializer.Serialize(new { formula = parsed.ToString(), from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date })
                : date);
            return ExitCodes.Ok;
        });
        return command;
    }
}
