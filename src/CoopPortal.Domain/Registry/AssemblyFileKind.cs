namespace CoopPortal.Domain.Registry;

/// <summary>The documents of the first general assembly.</summary>
public enum AssemblyFileKind
{
    Minutes,
    Bylaws,
    BankCertificate,
}
