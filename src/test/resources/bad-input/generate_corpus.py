import os
# Generates corpus.tsv beside it (kept in the repository; this script is
# only the way it was first written down).
rows = []
def add(method, path, who, where, name, value, expect, lang='zh'):
    rows.append((method, path, who, lang, where, name, value, expect))

TEXT_HOSTILE = [
    ('', 'empty'), ('{repeat:10000:长}', '10k'), ('a\\u0000b', 'nul'), ('\\u202E', 'rlo'),
    ('😀😀😀', 'emoji'), ('１２３', 'fullwidth'), ('-1', 'negative'), ('1e309', 'huge-exp'), ('-0', 'minus-zero'),
    ("' OR '1'='1'; DROP TABLE plan; --", 'sql'), ('<script>alert(1)</script>', 'html'),
    ('[object Object]', 'wrong-type'), ('2025/13/45', 'bad-date'), ('9999-12-31', 'far-future'),
    ('0001-01-01', 'far-past'), ('99999999999999999999999', '23-digits'), ('UNKNOWN_ENUM', 'enum'),
    ('\\u200B\\u200B', 'zero-width'), ('%00', 'percent-nul'), ('../../etc/passwd', 'traversal'),
]
# public GET query parameters: anything but a 5xx; a refusal says why
QUERY_TARGETS = [
    ('/', 'asOf'), ('/', 'lang'), ('/plans/2025', 'asOf'), ('/plans/2025', 'lang'),
    ('/plans/2025/commitments/1', 'asOf'), ('/plans/2025/review', 'asOf'), ('/search', 'q'), ('/search', 'year'),
    ('/suggestions', 'area'), ('/suggestions', 'county'), ('/compare', 'years'), ('/feeds/approved.atom', 'asOf'),
    ('/api/v1/plans/2025', 'asOf'), ('/api/v1/reports/recent', 'limit'), ('/mode', 'return'), ('/mode', 'senior'),
    ('/counties/yuci', 'asOf'), ('/counties/yuci', 'year'), ('/stories', 'area'),
]
QUERY_VALUES = ['10k', 'nul', 'rlo', 'emoji', 'fullwidth', 'negative', 'sql', 'html', 'far-future', '23-digits']
for path, name in QUERY_TARGETS:
    for value, label in TEXT_HOSTILE:
        if label not in QUERY_VALUES:
            continue
        if label == '10k':
            value = '{repeat:600:长}'  # a longer address is refused by the HTTP server itself (8 KB request line)
        add('GET', path, 'anonymous', 'query', name, value, 'ok')
# the same refusals in English
for path, name, value in [('/plans/2025', 'asOf', 'not-a-day'), ('/api/v1/reports/recent', 'limit', '0'),
                          ('/api/v1/plans/2025', 'asOf', '2025-13-01'), ('/compare', 'years', 'abc'),
                          ('/feeds/approved.atom', 'asOf', 'yesterday'), ('/plans/2025/commitments/1', 'asOf', '9999-01-01')]:
    add('GET', path, 'anonymous', 'query', name, value, '4xx', 'en')
    add('GET', path, 'anonymous', 'query', name, value, '4xx')
# path variables
PATHS = ['/plans/{v}', '/plans/2025/commitments/{v}', '/plans/{v}/review', '/counties/{v}', '/suggestions/{v}',
         '/sources/{v}', '/stories/{v}', '/api/v1/plans/{v}', '/api/v1/plans/2025/commitments/{v}',
         '/plans/2025/commitments/{v}/feed.atom', '/plans/{v}/export.csv']
for path in PATHS:
    for value in ['abc', '-1', '99999999999999999999', '%F0%9F%98%80', '%E2%80%AE', '%3Cscript%3E']:
        add('GET', path, 'anonymous', 'path', '', value, 'ok')
for path in ['/staff/reports/{v}', '/staff/import/batches/{v}']:
    for value in ['abc', '-1', '99999999999999999999', '0']:
        add('GET', path, 'editor', 'path', '', value, '4xx')
for path in ['/staff/review/{v}/approve', '/staff/review/{v}/reject', '/staff/moderation/{v}/publish',
             '/staff/moderation/{v}/reject']:
    for value in ['abc', '-1', '99999999999999999999']:
        add('POST', path, 'reviewer', 'path', '', value, '4xx')
for value in ['abc', '-1', '99999999999999999999']:
    add('POST', '/suggestions/{v}/support', 'anonymous', 'path', '', value, '4xx')
# headers
HEADERS = [('Accept', 'application/xml'), ('Accept', 'garbage/;;;q=abc'), ('Accept', '*/*;q=-1'),
           ('Accept-Language', 'xx-YY'), ('Accept-Language', ';;;q=abc,,,'), ('Accept-Language', '{repeat:2000:a,}'),
           ('Cookie', 'lang={repeat:3000:x}'), ('Cookie', 'lang=%C3%A9%00; senior=maybe'),
           ('If-None-Match', '"unterminated'), ('If-None-Match', '{repeat:500:W/"x",}'),
           ('If-Modified-Since', 'not a date'), ('If-Modified-Since', 'Thu, 01 Jan 9999 00:00:00 GMT'),
           ('Range', 'bytes=abc-def'), ('Range', 'bytes=999999999-'), ('X-Forwarded-For', "' OR 1=1"),
           ('X-Forwarded-Host', 'evil.example')]
for path in ['/', '/plans/2025', '/api/v1/plans/2025', '/feeds/approved.atom', '/suggestions']:
    for name, value in HEADERS:
        add('GET', path, 'anonymous', 'header', name, value, 'ok')
# methods pages do not know
for path in ['/', '/plans/2025', '/suggestions', '/staff/login', '/staff/reports']:
    for method in ['PUT', 'DELETE', 'PATCH']:
        add(method, path, 'anonymous', 'method', '', '', '405')
for method in ['PUT', 'DELETE', 'PATCH']:
    add(method, '/staff/reports', 'editor', 'method', '', '', '405')
# the suggestion form: every field
for value, label in TEXT_HOSTILE + [('{repeat:501:字}', '501'), ('   ', 'blank'), ('\\u202E\\u202E\\u202E', 'rlo-only'),
                                    ('🙂🙂', 'emoji-only'), ('？？？！！', 'punctuation-only')]:
    if label in ('sql', 'html', 'wrong-type', 'bad-date', 'far-future', 'far-past', '23-digits', 'enum',
                 'traversal', 'negative', 'minus-zero', 'huge-exp', 'fullwidth', 'percent-nul'):
        continue
    add('POST', '/suggestions', 'anonymous', 'form', 'text', value, '4xx')
for value, label in TEXT_HOSTILE:
    if label in ('empty',):
        continue
    add('POST', '/suggestions', 'anonymous', 'form', 'area', value, '4xx')
    add('POST', '/suggestions', 'anonymous', 'form', 'county', value, '4xx')
    if label not in ('zero-width', 'far-future', 'far-past'):  # 9999-12-31 is a valid landline number
        add('POST', '/suggestions', 'anonymous', 'form', 'contact', value, '4xx')
add('POST', '/suggestions', 'anonymous', 'csrf', '', '', '403')
add('POST', '/suggestions', 'anonymous', 'dup', 'area', 'EDUCATION|NOPE', '4xx')
add('POST', '/suggestions', 'anonymous', 'form', 'text', '', '4xx', 'en')
add('POST', '/suggestions', 'anonymous', 'form', 'area', 'NOPE', '4xx', 'en')
# the report form: every field
REPORT_VALUE = [v for v in TEXT_HOSTILE if v[1] not in ('fullwidth',)] + [('47.5', 'fraction-of-count'),
                ('1,000', 'comma'), ('10 个', 'unit'), ('NaN', 'nan'), ('Infinity', 'inf'), ('0x10', 'hex')]
for value, _ in REPORT_VALUE:
    add('POST', '/staff/reports/new', 'editor', 'form', 'value', value, 'form')
for value, label in TEXT_HOSTILE + [('2025/13/01', 'month13'), ('2025-02-30', 'feb30'), ('31/12/2025', 'dmy'),
                                    ('2024-12-31', 'year-before'), ('2025-12-31T00:00', 'datetime')]:
    if label in ('fullwidth',):
        continue
    add('POST', '/staff/reports/new', 'editor', 'form', 'asOf', value, 'form')
for value in ['maybe', 'yes please', '2', '\\u202E', '{repeat:10000:x}']:
    add('POST', '/staff/reports/new', 'editor', 'form', 'valueIsLowerBound', value, 'form')
    add('POST', '/staff/reports/new', 'editor', 'form', 'version', value, 'form')
for value in ['javascript:alert(1)', 'ftp://example.org/x', 'http://exa mple.org', '{repeat:600:x}', 'data:text/html,x',
              '<script>', '\\u202Ehttp://example.org']:
    add('POST', '/staff/reports/new', 'editor', 'form', 'evidenceUrl', value, 'form')
for name in ['note', 'correctionReason', 'breakdownNote']:
    add('POST', '/staff/reports/new', 'editor', 'form', name, '{repeat:10000:长}', 'form')
    add('POST', '/staff/reports/new', 'editor', 'form', name, 'a\\u0000b', '4xx')
for value in ['-5', 'abc', '1e309', '99999999999999999999999', '😀']:
    add('POST', '/staff/reports/new', 'editor', 'form', 'counties[yuci]', value, 'form')
for value in ['abc', '-1', '99999999999999999999', '']:
    add('POST', '/staff/reports/new', 'editor', 'form', 'indicatorId', value, '4xx')
add('POST', '/staff/reports/new', 'editor', 'csrf', '', '', '403')
add('POST', '/staff/reports/new', 'editor', 'dup', 'value', '10|11', 'form')
add('POST', '/staff/reports/new', 'editor', 'form', 'value', '47.5', 'form', 'en')
add('POST', '/staff/reports/new', 'editor', 'form', 'asOf', 'soon', 'form', 'en')
# a role that may not file: refused and recorded
add('POST', '/staff/reports/new', 'reviewer', 'form', 'value', '10', '403')
add('GET', '/staff/admin/users', 'editor', 'query', 'x', '1', '403')
# administration forms
for value, label in TEXT_HOSTILE:
    if label in ('fullwidth',):
        continue
    add('POST', '/staff/admin/plans', 'admin', 'form', 'year', value, 'form')
for value in ['', '{repeat:10000:x}', 'a\\u0000b', '\\u202E', "'; DROP TABLE department; --"]:
    add('POST', '/staff/admin/departments', 'admin', 'form', 'code', value, 'refused')
add('POST', '/staff/admin/plans', 'admin', 'csrf', '', '', '403')
# uploads
for name, content in [('empty.csv', ''), ('report.exe', 'MZ\\u0090'), ('report.xlsx', 'PK not really a zip'),
                      ('bomb.xlsx', '{zipbomb}'), ('a\\u0000b.csv', '年度,实事编号\n2025,1\n'), ('gbk.csv', '{gbk}'),
                      ('garbage.csv', '{garbage}'), ('nul.csv', '年度\\u0000,实事编号\n'),
                      ('{repeat:300:x}.csv', '年度\n'), ('noextension', '年度\n')]:
    add('POST', '/staff/import', 'editor', 'upload', name, content, 'refused')
add('POST', '/staff/import', 'editor', 'csrf', '', '', '403')

# Sign-in, password change, review decisions and moderation, field by field: every value a
# password, a reason or an id may not be is refused with a message, and nothing changes.
# Sign-in: the base form names no account ("test-corpus-nobody"), so no account's failure count moves.
for name in ['username', 'password']:
    for value, label in TEXT_HOSTILE:
        add('POST', '/staff/login', 'anonymous', 'form', name, value, 'refused')
    add('POST', '/staff/login', 'anonymous', 'dup', name, 'a|b', 'refused')
# Password change: the base form is valid but for the field under test.
for name in ['current', 'password', 'repeat']:
    for value, label in TEXT_HOSTILE:
        add('POST', '/staff/password', 'editor', 'form', name, value, 'form')
    add('POST', '/staff/password', 'editor', 'dup', name, 'a|b', 'form')
    add('POST', '/staff/password', 'editor', 'form', name, value, 'form', 'en')
# (An empty commitment unlinks, and -0 is the version 0: neither is bad input.)
REFUSED_TEXT = [(v, l) for v, l in TEXT_HOSTILE if l in ('empty', '10k', 'nul', 'zero-width', 'rlo')]
BAD_NUMBERS = [(v, l) for v, l in TEXT_HOSTILE if l in ('negative', '23-digits', 'wrong-type', 'huge-exp', 'sql')]
# Review: {report} is a pending report below the public figure, filed without a correction reason.
for value, label in REFUSED_TEXT:
    add('POST', '/staff/review/{report}/approve', 'reviewer', 'form', 'correctionReason', value, 'refused')
    add('POST', '/staff/review/{report}/reject', 'reviewer', 'form', 'reason', value, 'refused')
for value, label in BAD_NUMBERS:
    add('POST', '/staff/review/{report}/approve', 'reviewer', 'form', 'version', value, 'refused')
    add('POST', '/staff/review/{report}/reject', 'reviewer', 'form', 'version', value, 'refused')
add('POST', '/staff/review/{report}/reject', 'reviewer', 'form', 'reason', '', 'refused', 'en')
add('POST', '/staff/review/{report}/approve', 'editor', 'form', 'correctionReason', '语料测试', '403')
add('POST', '/staff/review/{report}/approve', 'reviewer', 'csrf', '', '', '403')
# Moderation: {pending} is a suggestion waiting for moderation.
for value, label in REFUSED_TEXT:
    add('POST', '/staff/moderation/{pending}/reject', 'reviewer', 'form', 'reason', value, 'refused')
for value, label in BAD_NUMBERS:
    add('POST', '/staff/moderation/{pending}/publish', 'reviewer', 'form', 'version', value, 'refused')
    add('POST', '/staff/moderation/{pending}/merge', 'reviewer', 'form', 'into', value, 'refused')
    add('POST', '/staff/moderation/{pending}/link', 'reviewer', 'form', 'commitment', value, 'refused')
add('POST', '/staff/moderation/{pending}/merge', 'reviewer', 'form', 'into', '{pending}', 'refused')
add('POST', '/staff/moderation/{pending}/merge', 'reviewer', 'form', 'into', '', 'refused')
add('POST', '/staff/moderation/{pending}/reject', 'reviewer', 'form', 'reason', '', 'refused', 'en')
add('POST', '/staff/moderation/{pending}/publish', 'editor', 'form', 'version', '1', '403')

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus.tsv'), 'w', encoding='utf-8') as out:
    out.write('# Bad-input corpus (issue 10): one refused or hostile request a line, run by BadInputCorpusIntegrationTest.\n')
    out.write('# Columns: method, path ({v} = the value as a path segment; {indicator}, {suggestion}, {report}, {pending} = ids the test creates),\n')
    out.write('# who (anonymous/editor/reviewer/admin), language (zh/en), where the value goes (query/form/header/path/method/\n')
    out.write('# csrf/dup/upload), name, value (\\uXXXX escapes; {repeat:N:text}; {zipbomb}/{gbk}/{garbage} files), expected:\n')
    out.write('# ok = any answer but a 5xx, a refusal says why; 4xx = refused with a message; form = the form shown again\n')
    out.write('# with a message; refused = 4xx or the import page with a message; 403/405 = that status with a message.\n')
    out.write('# Every line: no 5xx, a message in the language asked for, the database unchanged.\n')
    out.write('method\tpath\twho\tlanguage\twhere\tname\tvalue\texpected\n')
    for r in rows:
        out.write('\t'.join(x.replace('\t', '\\t').replace('\n', '\\n') for x in r) + '\n')
print(len(rows))
