using System.Security.Cryptography;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Common.Files;

/// <summary>A file to send to the browser.</summary>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName, string Sha256);
