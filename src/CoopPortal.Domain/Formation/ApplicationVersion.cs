namespace CoopPortal.Domain.Formation;

/// <summary>
/// A frozen copy of an application as it was submitted (version 1) or resubmitted (2, 3, ...), so earlier versions stay
/// in the history after corrections.
/// </summary>
public sealed class ApplicationVersion
{
    private ApplicationVersion()
    {
    }

    public ApplicationVersion(Guid applicationId, int number, DateTime createdAtUtc, string contentJson)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        Number = number;
        CreatedAtUtc = createdAtUtc;
        ContentJson = contentJson;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int Number { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The application's answers as JSON (members, names, details, documents list).</summary>
    public string ContentJson { get; private set; } = string.Empty;
}
