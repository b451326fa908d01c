namespace CoopPortal.Domain.Formation;

/// <summary>
/// A kind of document an application may carry, by its code (what application_documents.Kind and document_types.Kind
/// hold). Five kinds are built in, and the formation rules ask for them by name; an administrator can add more
/// (<see cref="DocumentType.Create"/>), whose codes are generated.
/// </summary>
public readonly record struct DocumentKind
{
    public const int MaxCodeLength = 32;

    public static readonly DocumentKind FoundersIdCards = new(nameof(FoundersIdCards));
    public static readonly DocumentKind ProposalPlan = new(nameof(ProposalPlan));
    public static readonly DocumentKind ActivityLicence = new(nameof(ActivityLicence));
    public static readonly DocumentKind ExpertValuation = new(nameof(ExpertValuation));
    public static readonly DocumentKind Other = new(nameof(Other));

    public DocumentKind(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"A document kind's code is up to {MaxCodeLength} ASCII letters, digits or dashes.", nameof(code));
        }

        Code = code;
    }

    public string Code { get; }

    /// <summary>The kinds every installation has, in their built-in order.</summary>
    public static IReadOnlyList<DocumentKind> BuiltIn { get; } = [FoundersIdCards, ProposalPlan, ActivityLicence, ExpertValuation, Other];

    public bool IsBuiltIn => BuiltIn.Contains(this);

    /// <summary>A fresh code for a kind an administrator adds.</summary>
    public static DocumentKind NewCustom() => new("Custom-" + Guid.NewGuid().ToString("N")[..12]);

    public override string ToString() => Code ?? string.Empty;
}
