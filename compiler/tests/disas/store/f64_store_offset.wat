;; `f64.store` of a local at a local address with a static offset.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v f64)
    (f64.store offset=8 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: mov     eax,[rbp+0x18]
;;     2a: mov     r11,[r14+0x10]
;;     2f: movsd   [r11+rax+8],xmm0
;;     36: leave
;;     37: ret     0x10
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x24
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x24
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
