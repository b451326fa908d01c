using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Versions;

/// <summary>
/// One answer that differs between two versions of an application, in the office's words: which section, what
/// («کد پستی», «عضو: مریم احمدی — سهم تعهدشده»), and the value before and after (null when it was added or removed).
/// </summary>
public sealed record VersionChange(ApplicationSection Section, string What, string? Before, string? After);
