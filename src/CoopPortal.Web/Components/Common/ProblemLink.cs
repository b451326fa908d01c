namespace CoopPortal.Web.Components.Common;

/// <summary>A problem in an error summary and where its link leads (the field, by <see cref="FieldIds"/>).</summary>
public sealed record ProblemLink(string Message, string Href);
