;; A local times a local.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.mul (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002D
;;     1e: mov     eax,[rbp+0x18]
;;     23: imul    eax,[rbp+0x10]
;;     29: leave
;;     2a: ret     0x10
;;     2d: cmp     dword ptr [r11+0x14],0
;;     36: jne     0x000000000000004C
;;     3c: cmp     rax,[r11+0x38]
;;     41: jb      0x0000000000000066
;;     47: jmp     0x000000000000001E
;;     4c: mov     r11,[r14]
;;     51: mov     qword ptr [r11+0x18],0x20
;;     5a: mov     eax,0xA
;;     60: mov     rsp,[r11+8]
;;     65: ret
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x20
;;     74: mov     eax,9
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
