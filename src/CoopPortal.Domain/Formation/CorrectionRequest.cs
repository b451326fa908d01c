using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>A reviewer's comment on one section (and optionally one field) when sending an application back.</summary>
public sealed class CorrectionRequest
{
    private CorrectionRequest()
    {
    }

    internal CorrectionRequest(Guid id, int round, ApplicationSection section, string? field, string comment, string reviewerUserId, DateTime atUtc)
    {
        Id = id;
        Round = round;
        Section = section;
        Field = field;
        Comment = FieldLengths.Ensure(comment, FieldLengths.CorrectionComment);
        ReviewerUserId = reviewerUserId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Which sending-back this belongs to (1 for the first); earlier rounds stay as history.</summary>
    public int Round { get; private set; }

    public ApplicationSection Section { get; private set; }

    public string? Field { get; private set; }

    public string Comment { get; private set; } = string.Empty;

    public string ReviewerUserId { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
