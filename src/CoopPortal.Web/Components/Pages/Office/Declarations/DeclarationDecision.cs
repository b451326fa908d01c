namespace CoopPortal.Web.Components.Pages.Office.Declarations;

/// <summary>A decision the panel asks the page to run, with what to say when it succeeds.</summary>
public sealed record DeclarationDecision(string Done, Func<Application.Supervision.ReviewDeclaration.DeclarationReviewHandler, Task<Application.Common.Results.Result>> Run);
