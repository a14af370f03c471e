;; A store to a 64-bit memory: the same check, then the store of a constant.

(module
  (memory i64 1)
  (func (export "f") (param $a i64)
    (i64.store offset=8 (local.get $a) (i64.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004D
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,0x10
;;     27: jb      0x00000000000000A0
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x00000000000000A0
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     qword ptr [r11+rax-8],7
;;     4b: leave
;;     4c: ret
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x23
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x23
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x28
;;     ae: mov     eax,5
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
