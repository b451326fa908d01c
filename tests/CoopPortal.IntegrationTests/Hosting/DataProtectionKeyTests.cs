using CoopPortal.Infrastructure.DataProtection;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>Issue 15 point 9: the Data Protection keys in PostgreSQL are encrypted at rest; older plain keys still read.</summary>
public sealed class DataProtectionKeyTests
{
    private const string Purpose = "CoopPortal.Tests.DataProtection";

    [Fact]
    public async Task A_stored_key_has_no_plain_master_key_and_another_instance_with_the_same_key_reads_it()
    {
        using var factory = new PortalFactory(environment: "Production");
        var protectedText = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("یک راز");

        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            var xml = Assert.Single(keys);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains(AesGcmXmlEncryptor.ElementName, xml, StringComparison.Ordinal);
        }

        // A second instance on the same database (another server behind the proxy) shares the ring.
        using var second = new PortalFactory(connectionString: factory.ConnectionString, environment: "Production");
        Assert.Equal("یک راز", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedText));
    }

    [Fact]
    public async Task Keys_stored_unencrypted_by_an_older_release_still_read()
    {
        using var factory = new PortalFactory();
        await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(); // database migrated

        // The older release: the same ring in the same table, with no XML encryptor.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<AppDbContext>(options => options.UseNpgsql(factory.ConnectionString));
        services.AddDataProtection().SetApplicationName("CoopPortal").PersistKeysToDbContext<AppDbContext>();
        string protectedText;
        await using (var older = services.BuildServiceProvider())
        {
            protectedText = older.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("از نسخه پیشین");
        }

        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.Contains(await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(), xml => xml.Contains("<masterKey", StringComparison.Ordinal));
        }

        Assert.Equal("از نسخه پیشین", factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedText));
    }
}
