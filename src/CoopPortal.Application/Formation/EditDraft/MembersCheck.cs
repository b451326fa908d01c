using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.EditDraft;

/// <summary>
/// What the members page shows after a change of a member: the status and problems of every section made of the members
/// (<see cref="FormationValidator.ValidateMembership"/>: the members, the founders board, the capital) and the members as
/// they now are, in their order.
/// </summary>
/// <param name="Changed">The member added or changed (null after a removal).</param>
public sealed record MembersCheck(IReadOnlyList<SectionCheck> Sections, IReadOnlyList<Member> Members, Guid? Changed);
