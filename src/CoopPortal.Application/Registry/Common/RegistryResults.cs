using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.Common;

public static class RegistryResults
{
    /// <summary>The problems that stop a submission, as a validation result the form shows field by field.</summary>
    public static Result Invalid(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return Result.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
    }
}
