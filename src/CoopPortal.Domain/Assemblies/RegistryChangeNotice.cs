using CoopPortal.Domain.Certificates;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// The registry-change notice (آگهی تغییرات) issued when the office confirms the minutes of a general assembly that
/// changed the registry: one per assembly, numbered per province and year, with a public verification code, a
/// snapshot of what it says, and its PDF printed once and stored like the formation certificate's (ADR 0023).
/// </summary>
public sealed class RegistryChangeNotice : VerifiableDocument
{
    private RegistryChangeNotice()
    {
    }

    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.RegistryChangeNotice;

    public Guid AssemblyId { get; private set; }

    public Guid CooperativeId { get; private set; }

    public RegistryChangeNoticeContent Content { get; private set; } = null!;

    public static RegistryChangeNotice Issue(
        GeneralAssembly assembly, int year, int sequence, string verificationCode, RegistryChangeNoticeContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(content);
        if (assembly.Status != GeneralAssemblyStatus.Confirmed)
        {
            throw new InvalidOperationException("A registry-change notice is issued for confirmed minutes only.");
        }

        var notice = new RegistryChangeNotice { AssemblyId = assembly.Id, CooperativeId = assembly.CooperativeId, Content = content };
        notice.Issued(assembly.ProvinceId, year, sequence, verificationCode, issuedByUserId, nowUtc);
        return notice;
    }
}
