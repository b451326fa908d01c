using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>
/// What the documents page shows after an upload or a removal: the documents section's status and problems, and the
/// application's documents as they now are. A document changes nothing else the page shows (which documents are
/// required follows the answers, not the files).
/// </summary>
/// <param name="Changed">The document uploaded (null after a removal).</param>
public sealed record DocumentsCheck(SectionCheck Section, IReadOnlyList<ApplicationDocument> Documents, Guid? Changed);
