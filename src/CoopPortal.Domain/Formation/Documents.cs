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

public static class DocumentKindText
{
    private static readonly Dictionary<DocumentKind, string> Titles = new()
    {
        [DocumentKind.FoundersIdCards] = "تصویر کارت ملی اعضای هیئت مؤسس",
        [DocumentKind.ProposalPlan] = "طرح پیشنهادی (توجیهی) فعالیت",
        [DocumentKind.ActivityLicence] = "مجوز فعالیت از مرجع ذی‌صلاح",
        [DocumentKind.ExpertValuation] = "گزارش ارزیابی کارشناس رسمی برای آورده غیرنقدی",
        [DocumentKind.Other] = "سایر مدارک",
    };

    /// <summary>The built-in wording of a built-in kind; an added kind's title lives only in document_types.</summary>
    public static string Title(DocumentKind kind) => Titles.TryGetValue(kind, out var title) ? title : kind.Code;
}

/// <summary>An uploaded file's record. The bytes live in the document store under <see cref="StorageKey"/>.</summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
    }

    internal ApplicationDocument(Guid id, DocumentKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime uploadedAtUtc)
    {
        Id = id;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedAtUtc = uploadedAtUtc;
    }

    public Guid Id { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public string StorageKey { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }
}

/// <summary>Which documents an application needs, following its answers (issue 3, point 1).</summary>
public static class RequiredDocuments
{
    /// <summary>
    /// The built-in kinds the answers call for, then the kinds an administrator added as required of every
    /// application (while active).
    /// </summary>
    public static IReadOnlyList<DocumentKind> For(bool orientationNeedsLicence, bool anyInKind, DocumentTypeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. For(orientationNeedsLicence, anyInKind), .. catalog.All.Where(t => t.IsActive && t.RequiredOfAll).Select(t => t.Kind)];
    }

    public static IReadOnlyList<DocumentKind> For(bool orientationNeedsLicence, bool anyInKind)
    {
        var required = new List<DocumentKind> { DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan };
        if (orientationNeedsLicence)
        {
            required.Add(DocumentKind.ActivityLicence);
        }

        if (anyInKind)
        {
            required.Add(DocumentKind.ExpertValuation);
        }

        return required;
    }
}
