using System.Data.Common;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopPortal.Migrations;

/// <summary>
/// For `dotnet ef database update` and migration bundles, which migrate without the portal's start-up: the first time the
/// tool connects, a database made by the squashed migrations gets its history rewritten (or is refused), exactly as the
/// portal does before it migrates (<see cref="SquashedMigrationHistory"/>).
/// </summary>
internal sealed class SquashedHistoryInterceptor : DbConnectionInterceptor
{
    private bool _checked;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!_checked)
        {
            _checked = true;
            SquashedMigrationHistory.UpgradeAsync(connection).GetAwaiter().GetResult();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_checked)
        {
            _checked = true;
            await SquashedMigrationHistory.UpgradeAsync(connection, cancellationToken);
        }
    }
}
