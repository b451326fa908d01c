using CoopPortal.Application.Assemblies.DecideCandidacy;
using CoopPortal.Application.Common.Results;

namespace CoopPortal.Web.Components.Pages.Candidacies;

/// <summary>A decision on a candidate the panel asks the page to run (after its confirmation), with what to say when it succeeds.</summary>
public sealed record CandidacyDecision(string Done, Func<CandidacyDecisionHandler, Task<Result>> Run);
