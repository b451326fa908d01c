namespace CoopPortal.Domain.Formation;

/// <summary>The kinds of document an application may carry.</summary>
public enum DocumentKind
{
    FoundersIdCards,
    ProposalPlan,
    ActivityLicence,
    ExpertValuation,
    Other,
}

public static class DocumentKindText
{
    public static string Title(DocumentKind kind) => kind switch
    {
        DocumentKind.FoundersIdCards => "تصویر کارت ملی اعضای هیئت مؤسس",
        DocumentKind.ProposalPlan => "طرح پیشنهادی (توجیهی) فعالیت",
        DocumentKind.ActivityLicence => "مجوز فعالیت از مرجع ذی‌صلاح",
        DocumentKind.ExpertValuation => "گزارش ارزیابی کارشناس رسمی برای آورده غیرنقدی",
        DocumentKind.Other => "سایر مدارک",
        _ => kind.ToString(),
    };
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
