using CoopPortal.Domain.Formation;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Formation;

internal sealed class FormationRulesValidation : IValidateOptions<FormationRules>
{
    public ValidateOptionsResult Validate(string? name, FormationRules options)
    {
        var failures = new List<string>();
        if (options.MinimumMembers is < 2 or > 1000)
        {
            failures.Add("FormationRules:MinimumMembers must be between 2 and 1000.");
        }

        if (options.MaxSharePercent is < 1 or > 100)
        {
            failures.Add("FormationRules:MaxSharePercent must be between 1 and 100.");
        }

        if (options.PaidFractionDenominator < 1 || options.PaidFractionNumerator < 0 || options.PaidFractionNumerator > options.PaidFractionDenominator)
        {
            failures.Add("FormationRules:PaidFractionNumerator/PaidFractionDenominator must be a fraction between 0 and 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
