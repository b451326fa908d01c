using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Documents.Layout;

/// <summary>What every template's shell needs to know about the rendering.</summary>
public sealed record DocumentShellContext(DocumentMedia Media);
