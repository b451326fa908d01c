using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Review.Queue;

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, QueueCursor? Next);
