"""Tiny baseline grayscale JPEG writer (DC-only blocks), stdlib only.
Used by make.py to produce small, valid 'photo' attachments."""
import struct

def _canon(bits, vals):
    codes = {}
    code = 0
    k = 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes

DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [1] + [0] * 15          # one symbol: EOB (0x00), code '0'
AC_VALS = [0]

def make_jpeg(width, height, pixel):
    """pixel(bx, by) -> gray level 0..255 for 8x8 block (bx, by)."""
    Q = 16
    dc = _canon(DC_BITS, DC_VALS)
    ac = _canon(AC_BITS, AC_VALS)
    out = bytearray()
    acc = 0
    nbits = 0

    def put(code, length):
        nonlocal acc, nbits
        for i in range(length - 1, -1, -1):
            acc = (acc << 1) | ((code >> i) & 1)
            nbits += 1
            if nbits == 8:
                out.append(acc)
                if acc == 0xFF:
                    out.append(0)
                acc = 0
                nbits = 0

    prev = 0
    bw, bh = (width + 7) // 8, (height + 7) // 8
    for by in range(bh):
        for bx in range(bw):
            p = max(0, min(255, int(pixel(bx, by))))
            val = round(8 * (p - 128) / Q)
            diff = val - prev
            prev = val
            size = 0 if diff == 0 else abs(diff).bit_length()
            c, l = dc[size]
            put(c, l)
            if size:
                bits = diff if diff > 0 else diff + (1 << size) - 1
                put(bits, size)
            c, l = ac[0]
            put(c, l)
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)

    def seg(marker, payload):
        return struct.pack('>BBH', 0xFF, marker, len(payload) + 2) + payload

    data = bytearray(b'\xff\xd8')
    data += seg(0xE0, b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00')
    data += seg(0xDB, bytes([0]) + bytes([Q] * 64))
    data += seg(0xC0, struct.pack('>BHHB', 8, height, width, 1) + bytes([1, 0x11, 0]))
    data += seg(0xC4, bytes([0x00]) + bytes(DC_BITS) + bytes(DC_VALS))
    data += seg(0xC4, bytes([0x10]) + bytes(AC_BITS) + bytes(AC_VALS))
    data += seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    data += out
    data += b'\xff\xd9'
    return bytes(data)
