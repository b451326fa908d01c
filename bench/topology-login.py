#!/usr/bin/env python3
"""Logs in to the portal as a staff account (password, then the authenticator's code) the way a browser posts the
forms, and prints the Cookie header of the signed-in session (for wrk). Usage: topology-login.py BASE-URL ID PASSWORD KEY"""
import base64, hashlib, hmac, html, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request

base, identifier, password, key = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3], sys.argv[4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def totp(secret):
    counter = struct.pack('>Q', int(time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret.upper() + '=' * (-len(secret) % 8)), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return '%06d' % ((struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def submit(url, fields):
    """GETs the page, keeps its hidden inputs (antiforgery token, form name), posts them with FIELDS; returns the final URL."""
    page = opener.open(url).read().decode('utf-8')
    hidden = dict((html.unescape(n), html.unescape(v)) for n, v in re.findall(r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page))
    hidden.update(fields)
    return opener.open(url, urllib.parse.urlencode(hidden).encode()).geturl()


after = submit(base + '/Account/Login', {'Input.Identifier': identifier, 'Input.Password': password})
if 'LoginWith2fa' in after:
    after = submit(after, {'Input.TwoFactorCode': totp(key)})
cookies = [c for c in jar if c.name != 'coopportal_node']
if not after.endswith('/dashboard'):
    sys.exit('log-in failed, ended at ' + after)
print('; '.join(c.name + '=' + c.value for c in cookies))
