using System.Text.Json;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Versions;

/// <summary>
/// What an application's answers were when it was submitted or resubmitted: the content of an
/// <see cref="ApplicationVersion"/>. One shape for writing a version and for reading it back (the version shown to the
/// office, and what changed between two versions).
/// </summary>
public sealed record ApplicationSnapshot(
    string? TrackingCode,
    int SubmissionCount,
    CooperativeDetails Details,
    IReadOnlyList<string> Names,
    IReadOnlyList<SnapshotMember> Members,
    CapitalPlan Capital,
    IReadOnlyList<SnapshotDocument> Documents)
{
    public static ApplicationSnapshot Of(FormationApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new ApplicationSnapshot(
            application.TrackingCode,
            application.SubmissionCount,
            application.Details,
            application.ProposedNames.Select(n => n.Name).ToList(),
            application.Members.Select(m => new SnapshotMember(
                m.Position, m.FullName, m.FatherName, m.NationalCode, m.BirthDateJalali, m.Mobile,
                m.ShareSubscribed, m.AmountPaid, m.InKindValue, m.InKindDescription, m.IsFounder)).ToList(),
            application.Capital,
            application.Documents.Select(d => new SnapshotDocument(d.Id, d.Kind.ToString(), d.FileName, d.ContentType, d.Size, d.Sha256)).ToList());
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ApplicationSnapshot Parse(string json) =>
        JsonSerializer.Deserialize<ApplicationSnapshot>(json) ?? throw new JsonException("An application version with no content.");
}

public sealed record SnapshotMember(
    int Position,
    string FullName,
    string FatherName,
    string NationalCode,
    string BirthDateJalali,
    string Mobile,
    long? ShareSubscribed,
    long? AmountPaid,
    long? InKindValue,
    string InKindDescription,
    bool IsFounder);

/// <param name="Kind">The <see cref="DocumentKind"/>'s code.</param>
public sealed record SnapshotDocument(Guid Id, string Kind, string FileName, string ContentType, long Size, string Sha256);
