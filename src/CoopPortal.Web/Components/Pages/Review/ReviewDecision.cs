using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Review.Decide;

namespace CoopPortal.Web.Components.Pages.Review;

/// <summary>
/// A decision taken on the review page: what to run, and what the page says when it succeeded (issue 18: a specific
/// success message, not «انجام شد.»).
/// </summary>
public sealed record ReviewDecision(string Done, Func<ReviewDecisionHandler, Task<Result>> Run);
