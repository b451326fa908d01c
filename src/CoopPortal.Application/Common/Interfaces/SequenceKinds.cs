namespace CoopPortal.Application.Common.Interfaces;

/// <summary>The kinds of numbered sequences.</summary>
public static class SequenceKinds
{
    public const string Certificate = nameof(Certificate);
    public const string Registration = nameof(Registration);
    public const string RegistryChangeNotice = nameof(RegistryChangeNotice);
    public const string MembershipCertificate = nameof(MembershipCertificate);
    public const string DormancyNotice = nameof(DormancyNotice);
    public const string AppreciationCertificate = nameof(AppreciationCertificate);
}
