;; `i64.load32_s` at a local address with a static offset folded into the displacement.

(module
  (memory 1)
  (func (export "f") (param $p i32) (result i64)
    (i64.load32_s offset=16 (local.get $p))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,[r14+0x10]
;;     28: movsxd  rax,[r11+rax+0x10]
;;     2d: leave
;;     2e: ret     8
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x24
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x24
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret
