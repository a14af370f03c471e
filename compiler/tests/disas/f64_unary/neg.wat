;; `f64.neg` of a local.

(module
  (func (export "f") (param $a f64) (result f64)
    (f64.neg (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movq    rax,xmm0
;;     2a: mov     r11,0x8000000000000000
;;     34: xor     rax,r11
;;     37: movq    xmm0,rax
;;     3c: leave
;;     3d: ret     8
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x1F
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1F
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret
