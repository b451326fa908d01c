using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What the registry knows about a candidate when the office checks them (read across the whole registry by the
/// application layer): the post they stand for; whether they are on this cooperative's member register (null when the
/// portal holds no register for it); the posts they hold here now and stand for in the same assembly; the other
/// cooperatives whose board they sit on now; and the documents they uploaded.
/// </summary>
public sealed record CandidateFacts(
    OfficerRole Post,
    bool? IsMember,
    IReadOnlyCollection<OfficerRole> PostsHeldHere,
    IReadOnlyCollection<OfficerRole> OtherPostsSought,
    IReadOnlyList<string> BoardsElsewhere,
    IReadOnlyCollection<CandidateFileKind> Files);
