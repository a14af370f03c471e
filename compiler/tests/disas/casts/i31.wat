;; `ref.i31` is a shift and a tag; `ref.test i31ref` of an `anyref` tests null, then
;; the tag bit; `i31.get_s` a null test and an arithmetic shift.

(module
  (func (export "box") (param $a i32) (result i31ref)
    (ref.i31 (local.get $a)))
  (func (export "test") (param $r anyref) (result i32)
    (ref.test (ref i31) (local.get $r)))
  (func (export "get") (param $r i31ref) (result i32)
    (i31.get_s (local.get $r))))

;; function 0 (export "box"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002F
;;     1e: mov     eax,[rbp+0x10]
;;     23: shl     eax,1
;;     27: or      eax,1
;;     2b: leave
;;     2c: ret     8
;;     2f: cmp     dword ptr [r11+0x14],0
;;     38: jne     0x000000000000004E
;;     3e: cmp     rax,[r11+0x38]
;;     43: jb      0x0000000000000068
;;     49: jmp     0x000000000000001E
;;     4e: mov     r11,[r14]
;;     53: mov     qword ptr [r11+0x18],0x3A
;;     5c: mov     eax,0xA
;;     62: mov     rsp,[r11+8]
;;     67: ret
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x3A
;;     76: mov     eax,9
;;     7c: mov     rsp,[r11+8]
;;     81: ret

;; function 1 (export "test"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     eax,0
;;     29: test    rcx,rcx
;;     2c: je      0x0000000000000042
;;     32: test    cl,1
;;     36: je      0x0000000000000042
;;     3c: mov     eax,1
;;     42: leave
;;     43: ret     8
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x41
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x41
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret

;; function 2 (export "get"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: je      0x0000000000000087
;;     2c: sar     eax,1
;;     30: leave
;;     31: ret     8
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x49
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x49
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x4C
;;     95: mov     eax,0x12
;;     9b: mov     rsp,[r11+8]
;;     a0: ret
