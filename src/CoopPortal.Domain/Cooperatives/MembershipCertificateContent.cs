using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>What a membership certificate says, as it was at issue.</summary>
public sealed record MembershipCertificateContent(
    string MemberFullName,
    string NationalCode,
    string CooperativeName,
    string RegistrationNumber,
    string Province,
    string County,
    long Shares,
    DateOnly? JoinedOn,
    string IssuingOffice)
{
    /// <summary>
    /// The SHA-256 of everything the certificate states (hex): asking again while nothing changed finds the same
    /// certificate by it; after a change the fingerprint differs and a new certificate is issued.
    /// </summary>
    public string Fingerprint()
    {
        var text = string.Join('\u001f', MemberFullName, NationalCode, CooperativeName, RegistrationNumber, Province, County,
            Shares.ToString(CultureInfo.InvariantCulture), JoinedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, IssuingOffice);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The national code for the public check: only its last four digits (******5948).</summary>
    public string MaskedNationalCode() => NationalCode.Length > 4 ? new string('*', NationalCode.Length - 4) + NationalCode[^4..] : NationalCode;
}
