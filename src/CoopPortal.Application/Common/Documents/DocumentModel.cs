namespace CoopPortal.Application.Common.Documents;

/// <summary>
/// What a printed document says, independent of how it is laid out. Each kind of document is a record deriving from
/// this; the templates (Razor components in CoopPortal.Documents) turn it into HTML.
/// </summary>
/// <param name="Title">The document's title, also the PDF's title.</param>
public abstract record DocumentModel(string Title);
