using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>
/// One post a person held on the cooperative's board or as its inspector and no longer holds (issue 19 point 5: the card
/// shows who held which post from when to when): the term as recorded, the day it ended and the assembly that replaced them.
/// </summary>
public sealed record PastOfficerLine(
    OfficerRole Role,
    string FullName,
    string NationalCode,
    DateOnly? TermStartsOn,
    DateOnly? TermEndsOn,
    DateOnly EndedOn,
    Guid? ReplacedByAssemblyId);
