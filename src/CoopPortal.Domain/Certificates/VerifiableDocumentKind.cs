namespace CoopPortal.Domain.Certificates;

/// <summary>
/// The kinds of document the portal issues with a public verification code (ADR 0007, ADR 0023): each is numbered,
/// printed once and stored, and answers at /verify/{code}.
/// </summary>
public enum VerifiableDocumentKind
{
    /// <summary>موافقت‌نامه تشکیل تعاونی (<see cref="FormationCertificate"/>).</summary>
    FormationCertificate = 0,

    /// <summary>آگهی تغییرات: what a confirmed general assembly changed in the registry.</summary>
    RegistryChangeNotice = 1,

    /// <summary>گواهی عضویت: a member's membership of a cooperative (Cooperatives.MembershipCertificate).</summary>
    MembershipCertificate = 2,

    /// <summary>اخطاریه رکود: the notice a dormancy case sends the cooperative (Dormancy.DormancyNotice).</summary>
    DormancyNotice = 3,

    /// <summary>لوح تقدیر: a festival winner's certificate of appreciation (Festival.AppreciationCertificate).</summary>
    AppreciationCertificate = 4,
}
