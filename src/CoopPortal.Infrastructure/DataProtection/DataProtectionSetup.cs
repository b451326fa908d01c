using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopPortal.Infrastructure.DataProtection;

/// <summary>
/// Data Protection keys live in PostgreSQL (shared by every instance) and are encrypted there with AES-256-GCM under
/// DataProtection:KeyEncryptionKey (or the file named by DataProtection:KeyEncryptionKeyFile). In Development a
/// missing key is generated once into .data/dataprotection-dev.key; elsewhere the portal refuses to start without one (ADR 0015).
/// </summary>
public static class DataProtectionSetup
{
    public const string SectionName = "DataProtection";
    public const string DevelopmentKeyFile = ".data/dataprotection-dev.key";

    public static IServiceCollection AddEncryptedDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var key = LoadKey(configuration.GetSection(SectionName), environment);
        services.AddSingleton(key);
        services.AddDataProtection().SetApplicationName("CoopPortal").PersistKeysToDbContext<AppDbContext>();
        services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new AesGcmXmlEncryptor(key));
        return services;
    }

    private static KeyEncryptionKey LoadKey(IConfigurationSection section, IHostEnvironment environment)
    {
        if (section["KeyEncryptionKey"] is { Length: > 0 } configured)
        {
            return KeyEncryptionKey.FromBase64(configured);
        }

        if (section["KeyEncryptionKeyFile"] is { Length: > 0 } file)
        {
            if (!File.Exists(file))
            {
                throw new KeyEncryptionKeyException($"DataProtection:KeyEncryptionKeyFile names {file}, which does not exist.");
            }

            return KeyEncryptionKey.FromBase64(File.ReadAllText(file));
        }

        if (!environment.IsDevelopment())
        {
            throw new KeyEncryptionKeyException(
                "Set DataProtection:KeyEncryptionKey (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) or DataProtection:KeyEncryptionKeyFile, " +
                "the same on every instance: it encrypts the cookie keys stored in the database (docs/security.md).");
        }

        var path = Path.Combine(environment.ContentRootPath, DevelopmentKeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, KeyEncryptionKey.NewBase64());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return KeyEncryptionKey.FromBase64(File.ReadAllText(path));
    }
}
