namespace CoopPortal.Application.Common.Documents;

/// <summary>A font file the documents use, given to the PDF engine as a local font.</summary>
public sealed record DocumentFont(string FileName, byte[] Content);
