namespace CoopPortal.Domain.Certificates;

/// <summary>The Persian names of the verifiable documents (ADR 0023), as the public check and its log write them.</summary>
public static class VerifiableDocumentText
{
    /// <summary>The document's short name: «موافقت‌نامه», «آگهی تغییرات», «گواهی عضویت», «اخطاریه رکود», «لوح تقدیر».</summary>
    public static string Word(VerifiableDocumentKind kind) => kind switch
    {
        VerifiableDocumentKind.RegistryChangeNotice => "آگهی تغییرات",
        VerifiableDocumentKind.MembershipCertificate => "گواهی عضویت",
        VerifiableDocumentKind.DormancyNotice => "اخطاریه رکود",
        VerifiableDocumentKind.AppreciationCertificate => "لوح تقدیر",
        _ => "موافقت‌نامه",
    };

    /// <summary>The heading of the document's public check.</summary>
    public static string Title(VerifiableDocumentKind kind) => kind switch
    {
        VerifiableDocumentKind.RegistryChangeNotice => "آگهی تغییرات تعاونی",
        VerifiableDocumentKind.MembershipCertificate => "گواهی عضویت در تعاونی",
        VerifiableDocumentKind.DormancyNotice => "اخطاریه رکود تعاونی",
        VerifiableDocumentKind.AppreciationCertificate => "لوح تقدیر جشنواره تعاونی‌های برتر",
        _ => "موافقت‌نامه تشکیل تعاونی",
    };
}
