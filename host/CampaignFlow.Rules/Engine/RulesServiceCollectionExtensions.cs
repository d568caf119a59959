using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Rules;

public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rules component: <see cref="RulesOptions"/>, the in-memory <see cref="Engine.RulesEngine"/>
    /// (singleton, compiled rules cached), <see cref="RuleFilterCompiler"/>, <see cref="RuleFileValidator"/> and
    /// <see cref="RuleTester"/>. Register helper functions here, e.g.
    /// <c>o.Functions.Register("DateFormula", typeof(DateFormula), "Calculate")</c>.
    /// </summary>
    public static IServiceCollection AddCampaignFlowRules(this IServiceCollection services, Action<RulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<RulesOptions>()
            .Validate(o => o.MaxExpressionLength > 0 && o.MaxNestingDepth > 0 && o.MaxActionDepth > 0, "Rules limits must be positive")
            .ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }
        // Factories: the engine has several constructors, and the configured options must win.
        services.TryAddSingleton(sp => new Engine.RulesEngine(sp.GetRequiredService<IOptions<RulesOptions>>()));
        services.TryAddSingleton(sp => new RuleFilterCompiler(sp.GetRequiredService<IOptions<RulesOptions>>()));
        services.TryAddSingleton(sp => new RuleFileValidator(sp.GetRequiredService<IOptions<RulesOptions>>()));
        services.TryAddSingleton(sp => new RuleTester(sp.GetRequiredService<IOptions<RulesOptions>>()));
        return services;
    }
}
