using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Bench;

/// <summary>
/// The annual self-declarations of the seeded cooperatives: for each fiscal year since the system started (five years
/// ago, or the year of registration if later) that has ended, a share of the cooperatives file (more each year). Each
/// one moves through <see cref="SelfDeclaration.Workflow"/>: submitted, sometimes sent back and resubmitted, an
/// inspection planned for most high-risk ones (and accepted after the visit), accepted by the office; a recent one may
/// still wait, and this year's may still be a draft.
/// </summary>
internal sealed class ScaleSeedDeclarationRows(ScaleSeedStaff staff, ScaleSeedDeclarations templates, DateTime nowUtc)
{
    private const string Columns = "(\"Id\", \"CooperativeId\", \"ProvinceId\", \"FiscalYear\", \"Status\", \"Content\", \"PreviousYearNetProfitOrLoss\", " +
        "\"ConfirmedSections\", \"Files\", \"TruthDeclared\", \"ReceiptNumber\", \"CreatedByUserId\", \"SubmittedByUserId\", \"CreatedAtUtc\", \"UpdatedAtUtc\", " +
        "\"SubmittedAtUtc\", \"RiskTotal\", \"RiskBand\", \"RiskFindings\", \"InspectionPlannedOn\", \"ReturnComment\", \"StartedSections\")";

    private long _declarations;
    private long _events;

    public long Declarations => _declarations;

    public long Events => _events;

    /// <summary>Writes the declarations of these cooperatives and then their events.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, IEnumerable<RegisteredCooperative> cooperatives, Random random)
    {
        var currentYear = ScaleSeedValues.JalaliYearOf(nowUtc);
        var events = new List<SeedCaseEvent>();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY self_declarations {Columns} FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var cooperative in cooperatives)
            {
                var since = Math.Max(currentYear - 5, ScaleSeedValues.JalaliYearOf(cooperative.RegisteredAtUtc));
                for (var year = since; year < currentYear; year++)
                {
                    if (random.Chance(0.5 + (0.05 * (year - currentYear + 5))))
                    {
                        Write(writer, cooperative, year, year == currentYear - 1, events, random);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        await ScaleSeed.WriteCaseEventsAsync(connection, "declaration_events", "DeclarationId", events);
    }

    private void Write(NpgsqlBinaryImporter writer, RegisteredCooperative cooperative, int year, bool latest, List<SeedCaseEvent> events, Random random)
    {
        var id = ScaleSeedValues.OrderedId(ScaleSeed.DeclarationTag, _declarations);
        var kind = ScaleSeedDeclarations.Kinds.Next(random);
        var filedOn = ScaleSeedDeclarations.FiledOn(year, kind, random);
        var template = templates.For(year, kind, filedOn);
        var manager = ScaleSeedStaff.ApplicantId(cooperative.ManagerIndex);
        var submittedAt = ScaleSeedValues.StartOfUtc(filedOn).AddHours(8 + (random.NextDouble() * 10));
        var createdAt = submittedAt - random.Days(6);
        var draft = latest && random.Chance(0.12) || submittedAt > nowUtc;
        var status = DeclarationStatus.Draft;
        var updatedAt = draft ? Min(createdAt + random.Days(2), nowUtc) : submittedAt;
        DateOnly? inspection = null;
        string? returnComment = null;
        if (!draft)
        {
            var reviewer = staff.Reviewer(cooperative.ProvinceId, random);
            void Move(DeclarationAction action, DateTime at, string actor, string? comment = null)
            {
                var from = status;
                status = SelfDeclaration.Workflow.Move(from, action);
                events.Add(new SeedCaseEvent(ScaleSeedValues.OrderedId(ScaleSeed.DeclarationEventTag, _events++), id, at, actor, action.ToString(), from.ToString(), status.ToString(), comment, IsPublic: true));
                updatedAt = at;
            }

            Move(DeclarationAction.Submit, submittedAt, manager);
            var t = submittedAt;
            var backlog = random.Chance(0.25) ? 150 : 30; // some offices sit on their queue
            if (random.Chance(0.12) && t + random.Days(10) is var sentBack && sentBack < nowUtc)
            {
                returnComment = "صورت‌های مالی را کامل کنید.";
                Move(DeclarationAction.SendBack, sentBack, reviewer, returnComment);
                t = sentBack;
                if (random.Chance(0.85) && t + random.Days(7) is var resubmitted && resubmitted < nowUtc)
                {
                    Move(DeclarationAction.Resubmit, resubmitted, manager);
                    submittedAt = resubmitted;
                    returnComment = null;
                    t = resubmitted;
                }
            }

            if (status != DeclarationStatus.ReturnedForCorrection)
            {
                var planned = template.RiskBand == RiskBand.High ? random.Chance(0.6) : random.Chance(0.03);
                var decideAt = t + random.Days(backlog);
                if (planned && decideAt < nowUtc)
                {
                    var plannedOn = PersianFormatDate(decideAt).AddDays(7 + random.Next(40));
                    inspection = plannedOn;
                    Move(DeclarationAction.PlanInspection, decideAt, reviewer, $"تاریخ بازدید: {PersianDigits.ToPersian(JalaliDate.Format(plannedOn))}");
                    decideAt = ScaleSeedValues.StartOfUtc(plannedOn).AddDays(1) + random.Days(10);
                }

                if (decideAt < nowUtc)
                {
                    Move(DeclarationAction.Accept, decideAt, reviewer);
                }
            }
        }

        _declarations++;
        writer.StartRow();
        writer.Write(id, NpgsqlDbType.Uuid);
        writer.Write(cooperative.Id, NpgsqlDbType.Uuid);
        writer.Write(cooperative.ProvinceId, NpgsqlDbType.Integer);
        writer.Write(year, NpgsqlDbType.Integer);
        writer.Write(status.ToString(), NpgsqlDbType.Varchar);
        writer.Write(template.Content, NpgsqlDbType.Jsonb);
        ScaleSeed.WriteNullable(writer, template.PreviousYearNetProfitOrLoss, NpgsqlDbType.Bigint);
        writer.Write(draft ? "[]" : template.ConfirmedSections, NpgsqlDbType.Jsonb);
        writer.Write(template.Files, NpgsqlDbType.Jsonb);
        writer.Write(!draft && status != DeclarationStatus.ReturnedForCorrection, NpgsqlDbType.Boolean);
        ScaleSeed.WriteText(writer, draft ? null : ScaleSeedValues.Code(_declarations, series: 7));
        writer.Write(manager, NpgsqlDbType.Varchar);
        ScaleSeed.WriteText(writer, draft ? null : manager);
        writer.Write(createdAt, NpgsqlDbType.TimestampTz);
        writer.Write(updatedAt, NpgsqlDbType.TimestampTz);
        ScaleSeed.WriteNullable(writer, draft ? null : (DateTime?)submittedAt, NpgsqlDbType.TimestampTz);
        ScaleSeed.WriteNullable(writer, draft ? null : (int?)template.RiskTotal, NpgsqlDbType.Integer);
        ScaleSeed.WriteText(writer, draft ? null : template.RiskBand.ToString());
        writer.Write(draft ? "[]" : template.RiskFindings, NpgsqlDbType.Jsonb);
        ScaleSeed.WriteNullable(writer, inspection, NpgsqlDbType.Date);
        ScaleSeed.WriteText(writer, returnComment);
        writer.Write(draft ? "[]" : template.ConfirmedSections, NpgsqlDbType.Jsonb); // every section confirmed was started
    }

    private static DateOnly PersianFormatDate(DateTime utc) => Application.Common.Formatting.PersianFormat.LocalDate(utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
