using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Infrastructure.DataProtection;

/// <summary>
/// Reads what <see cref="AesGcmXmlEncryptor"/> wrote. Data Protection creates it by type name from the stored XML,
/// with the application's services, which hold the configured <see cref="KeyEncryptionKey"/>.
/// </summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetRequiredService<KeyEncryptionKey>();
        var keyId = (string?)encryptedElement.Attribute("keyId");
        if (!string.Equals(keyId, key.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"A Data Protection key was encrypted with key-encryption key {keyId}, but this instance has {key.Id}: give every instance the same DataProtection:KeyEncryptionKey.");
        }

        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var ciphertext = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key.Key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, Encoding.UTF8.GetBytes(key.Id));
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
