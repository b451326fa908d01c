using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.EditDraft;

/// <summary>What a section page shows after a change: the section's status and its problems, beside its fields.</summary>
public sealed record SectionCheck(ApplicationSection Section, SectionStatus Status, IReadOnlyList<Problem> Problems);
