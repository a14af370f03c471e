;; An offset that does not fit 32 bits is added from the scratch register; the
;; carry still traps.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i64)
    (i64.load offset=0x1_0000_0000 (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     r11,0x100000008
;;     2d: add     rax,r11
;;     30: jb      0x00000000000000A5
;;     36: mov     r11,[r14+0x18]
;;     3b: cmp     rax,[r11+8]
;;     40: ja      0x00000000000000A5
;;     46: mov     r11,[r14+0x10]
;;     4b: mov     rax,[r11+rax-8]
;;     50: leave
;;     51: ret
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x24
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x24
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x27
;;     b3: mov     eax,5
;;     b9: mov     rsp,[r11+8]
;;     be: ret
