;; `i64.load16_s` at a local address with a static offset folded into the displacement.

(module
  (memory 1)
  (func (export "f") (param $p i32) (result i64)
    (i64.load16_s offset=16 (local.get $p))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,[r14+0x10]
;;     28: movsx   rax,word ptr [r11+rax+0x10]
;;     2e: leave
;;     2f: ret     8
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x24
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x24
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
