namespace CoopPortal.Domain.Formation;

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
